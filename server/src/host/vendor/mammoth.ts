// mammoth (and its zip and XML libraries), loaded on the first .docx: the build makes this a
// separate file (dist/vendor/mammoth.js), the largest part of the bundles otherwise.
import * as mammoth from 'mammoth';

export const extractRawText = mammoth.extractRawText;
