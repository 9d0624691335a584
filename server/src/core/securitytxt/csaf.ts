// CSAF fields (CSAF 2.0 §7.1.8, requirement 8): the URLs of a provider's provider-metadata.json.

import type { SecurityTxtModel, TxtField } from './parse';
import { fieldsNamed } from './parse';

/** The path of the well-known place of a provider's metadata (CSAF 2.0 §7.1.9, requirement 9). */
export const CSAF_WELL_KNOWN_PATH = '/.well-known/csaf/provider-metadata.json';

/** The CSAF fields with a value that is a URL, with that URL parsed. */
export function csafFields(model: SecurityTxtModel): { field: TxtField; url: URL | undefined }[] {
  return fieldsNamed(model, 'CSAF').map((field) => {
    let url: URL | undefined;
    try {
      url = new URL(field.value);
    } catch {
      url = undefined;
    }
    return { field, url };
  });
}
