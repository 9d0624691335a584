import type { TxtRuleDefinition } from '../txt-rule';
import type { Report } from '../../rule';
import type { SecurityTxtModel } from '../parse';

export const txtSignatureFormat: TxtRuleDefinition = {
  code: 'securitytxt/signature-format',
  check(model) {
    const reports: Report[] = model.straySignatures.map((span) => ({
      ...span,
      message:
        'A signature block in a file that is not a signed message: it signs nothing here. Sign the whole file with "gpg --clearsign", or remove the block.',
    }));
    for (const span of model.misplacedArmor) {
      reports.push({
        ...span,
        message: model.signed
          ? 'An OpenPGP armor line inside the signed text: a signed security.txt has one signed message, and lines of its text that start with "-" are dash-escaped ("- -----…"). Sign the file again.'
          : 'An OpenPGP armor line in a file that is not a signed message: sign the whole file with "gpg --clearsign", or remove the line.',
      });
    }
    if (!model.signed) return reports;
    for (const span of model.badSignatureLines) {
      reports.push({
        ...span,
        message:
          'The signature block holds only Base64 lines, a checksum and "-----END PGP SIGNATURE-----": this line does not belong there. Sign the file again.',
      });
    }
    if (model.beforeSigned) reports.push(beforeSigned(model, model.beforeSigned));
    if (!model.armorHeaders.some((span) => model.text.startsWith('Hash: ', span.start))) {
      reports.push({
        ...model.signed,
        message:
          'The signed message has no "Hash:" armor header after "-----BEGIN PGP SIGNED MESSAGE-----" (e.g. "Hash: SHA512"): sign the file again with "gpg --clearsign".',
      });
    }
    if (model.noBlankAfterHeaders) {
      reports.push({
        ...model.noBlankAfterHeaders,
        message: 'The armor headers of a signed message end with a blank line: the signed text starts only after it. Sign the file again.',
      });
    }
    if (!model.signatureBlock) {
      reports.push({
        ...model.signed,
        message:
          'The signed message has no signature block ("-----BEGIN PGP SIGNATURE-----" … "-----END PGP SIGNATURE-----"): sign the file again.',
      });
    } else if (!model.signatureBlock.complete) {
      reports.push({
        ...model.signatureBlock.span,
        message: 'The signature block does not end with "-----END PGP SIGNATURE-----": it was cut off. Sign the file again.',
      });
    }
    return reports;
  },
};

/** Content before the signed message. Blank lines and comments can go without loss; fields cannot. */
function beforeSigned(model: SecurityTxtModel, span: { start: number; end: number }): Report {
  const onlyBlankOrComments = model.lines.every(
    (line) => line.start >= model.signed!.start || line.kind === 'blank' || line.kind === 'comment',
  );
  const report: Report = {
    ...span,
    message:
      'A signed security.txt must begin with "-----BEGIN PGP SIGNED MESSAGE-----": nothing may come before it, not even blank lines or comments (they are not signed, and readers that check the signature reject the file).',
  };
  if (onlyBlankOrComments) {
    report.fixes = [
      {
        title: 'Remove what comes before the signed message',
        edits: [{ start: span.start, end: model.signed!.start, newText: '' }],
        isPreferred: true,
      },
    ];
  }
  return report;
}
