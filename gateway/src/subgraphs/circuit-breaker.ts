/**
 * One per subgraph. After `failureThreshold` failures in a row the circuit opens and calls fail at
 * once for `openMs`; then one trial call is let through (half-open): success closes the circuit,
 * failure opens it again. A dead subgraph then costs a request nothing instead of a timeout.
 */
export class CircuitBreaker {
  private failures = 0;
  private openUntil = 0;
  private trialInFlight = false;

  constructor(
    private readonly failureThreshold: number,
    private readonly openMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a call may go out now; when half-open, only the first asker gets the trial. */
  allows(): boolean {
    if (this.failures < this.failureThreshold) return true;
    if (this.now() < this.openUntil || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  succeeded(): void {
    this.failures = 0;
    this.trialInFlight = false;
  }

  failed(): void {
    this.failures += 1;
    this.trialInFlight = false;
    if (this.failures >= this.failureThreshold) this.openUntil = this.now() + this.openMs;
  }

  get state(): 'closed' | 'open' | 'half-open' {
    if (this.failures < this.failureThreshold) return 'closed';
    return this.now() < this.openUntil ? 'open' : 'half-open';
  }
}
