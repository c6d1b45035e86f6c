/**
 * Block Kit's published limits, kept in one place. The renderer never emits anything past these, so
 * no listener has to think about them and Slack never rejects a message with `invalid_blocks`.
 */
export const LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
  buttonText: 75,
  buttonValue: 2000,
  actionElements: 25,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  placeholderText: 150,
  id: 255,
  /** Slack does not publish one hard number for a whole message; past ~10k characters it becomes unreadable anyway. */
  totalText: 10_000,
  /** The notification `text`: Slack truncates long ones, and a phone preview shows a line or two. */
  fallbackText: 3000,
} as const;
