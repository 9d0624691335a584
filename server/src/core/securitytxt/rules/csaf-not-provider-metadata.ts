import type { TxtRuleDefinition } from '../txt-rule';
import { csafFields } from '../csaf';

export const txtCsafNotProviderMetadata: TxtRuleDefinition = {
  code: 'securitytxt/csaf-not-provider-metadata',
  check: (model) =>
    csafFields(model)
      // A value that is no URL is invalid-uri's.
      .filter(({ url }) => url && !url.pathname.endsWith('/provider-metadata.json'))
      .map(({ field }) => ({
        ...field.valueSpan,
        message: `CSAF points to a file named provider-metadata.json (CSAF 2.0, requirement 8), such as https://example.com/.well-known/csaf/provider-metadata.json; "${field.value}" does not.`,
      })),
};
