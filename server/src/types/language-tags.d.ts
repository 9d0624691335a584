// The part of language-tags (which ships no types) that the security.txt rules use.
declare module 'language-tags' {
  interface Subtag {
    deprecated(): string | null;
    preferred(): Subtag | null;
  }
  interface Tag {
    errors(): { code: number; message: string }[];
    valid(): boolean;
    /** 'grandfathered' or 'redundant' for a registered whole tag, else 'tag'. */
    type(): string;
  }
  export function tags(tag: string): Tag;
  export function language(subtag: string): Subtag | null;
  export function region(subtag: string): Subtag | null;
}
