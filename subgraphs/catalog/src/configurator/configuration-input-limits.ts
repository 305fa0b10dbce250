import { ARGUMENT_LIMITS, requireMaxLength } from '@elysium/subgraph-kit';
import type { ConfigurationInput } from './configurator.model';

/** Longest text each string field of a ConfigurationInput may carry; the schema states the same numbers. */
export const CONFIGURATION_INPUT_LIMITS = {
  productId: ARGUMENT_LIMITS.id,
  // Setting codes and ring sizes are short codes from the configurator, like ids.
  settingCode: ARGUMENT_LIMITS.id,
  stoneId: ARGUMENT_LIMITS.id,
  ringSize: ARGUMENT_LIMITS.id,
  // Free text, bounded like search text; each piece's far smaller engraving.maxLength is then a field error.
  engraving: ARGUMENT_LIMITS.searchText,
} as const;

/** Refuses an oversized field as BAD_USER_INPUT before any lookup; the usual field errors are for sane sizes. */
export function requireConfigurationInputLimits(input: ConfigurationInput): ConfigurationInput {
  for (const [name, max] of Object.entries(CONFIGURATION_INPUT_LIMITS)) {
    const value = input[name as keyof typeof CONFIGURATION_INPUT_LIMITS];
    if (value != null) requireMaxLength(value, max, `input.${name}`);
  }
  return input;
}
