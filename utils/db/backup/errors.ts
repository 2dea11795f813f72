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

/** The _locales key of each error's message (spelled out, so the locale meta-test finds every key). */
const MESSAGE_KEYS: Record<BackupErrorCode, string> = {
  'too-large': 'backup_error_tooLarge',
  empty: 'backup_error_empty',
  'truncated-json': 'backup_error_truncatedJson',
  'not-json': 'backup_error_notJson',
  'too-deep': 'backup_error_tooDeep',
  'not-an-object': 'backup_error_notAnObject',
  'not-a-backup': 'backup_error_notABackup',
  'forbidden-key': 'backup_error_forbiddenKey',
  'unknown-version': 'backup_error_unknownVersion',
  'newer-version': 'backup_error_newerVersion',
  'unknown-field': 'backup_error_unknownField',
  'unknown-table': 'backup_error_unknownTable',
  'missing-field': 'backup_error_missingField',
  'wrong-type': 'backup_error_wrongType',
  'invalid-value': 'backup_error_invalidValue',
  'duplicate-record': 'backup_error_duplicateRecord',
  'unknown-label': 'backup_error_unknownLabel',
  'read-failed': 'backup_error_readFailed',
  'import-failed': 'backup_error_importFailed',
};

export function backupErrorMessageKey(code: BackupErrorCode): string {
  return MESSAGE_KEYS[code];
}
