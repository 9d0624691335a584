// @ts-check
'use strict';
// Russian grammar; the cases are in cases/ru.json, and below the sentences they cannot make.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { grammarTestsOf } = require('./harness.js');

const { vagueSlices } = grammarTestsOf('ru');

test('ru: an adjective before a noun of handling is vague too', () => {
  assert.deepEqual(vagueSlices('Мы обеспечим быстрое исправление.'), ['быстрое исправление']);
  assert.deepEqual(vagueSlices('Команда гарантирует оперативную реакцию на отчёты.'), ['оперативную реакцию']);
  assert.deepEqual(vagueSlices('Вы получите своевременный ответ.'), ['своевременный ответ']);
});

test('ru: "immediately" is no vague wording', () => {
  assert.deepEqual(vagueSlices('Мы немедленно уведомим вас.'), []);
});

test('ru: what reporters do in a relative clause is no promise', () => {
  assert.deepEqual(vagueSlices('Мы благодарим исследователей, которые оперативно отвечают на наши вопросы.'), []);
});
