/**
 * Why a backup file was refused. The validator returns a code and parameters; the options page turns
 * them into German or English text through _locales (`backup_error_<code>` with $1, $2 …), so the
 * message names the problem in the user's language.
 */
export type BackupErrorCode =
  | 'too-large'
  | 'empty'
  | 'truncated-json'
  | 'not-json'
  | 'too-deep'
  | 'not-an-object'
  | 'not-a-backup'
  | 'forbidden-key'
  | 'unknown-version'
  | 'newer-version'
  | 'unknown-field'
  | 'unknown-table'
  | 'missing-field'
  | 'wrong-type'
  | 'invalid-value'
  | 'duplicate-record'
  | 'unknown-label'
  | 'read-failed'
  | 'import-failed';

export interface BackupError {
  code: BackupErrorCode;
  /** Positional substitutions for the translated message, in order. */
  params: string[];
}

export function backupError(code: BackupErrorCode, ...params: Array<string | number>): BackupError {
  return { code, params: params.map(String) };
}

/** The _locales key of an error's message. */
export function backupErrorMessageKey(code: BackupErrorCode): string {
  return `backup_error_${code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
}
