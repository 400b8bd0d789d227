// Types for text-rule-counters.js, so the tests can import it.
/** In `$(…)` rules, counts what repetitions match instead of collecting it; throws when no rule qualifies. */
export declare function textRuleCounters(source: string): string;
