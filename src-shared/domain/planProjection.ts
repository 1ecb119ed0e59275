/**
 * issue 7 §4(d): what the plan implies per target — how many checks each target can expect from
 * the plan's items (the sum over items of the chance that the item's draw takes it), and how many
 * targets are likely to reach the yearly cap of two draws (004 §(十五)).
 */
export interface PlanProjectionDto {
  year: number
  /** Items in force taken into account. */
  items: number
  /** Targets with a chance of being drawn by at least one item. */
  targets: number
  /** Sum of the expected checks (= the plan's total estimate). */
  expectedChecks: number
  /** Targets by expected checks: (0, 0.1], (0.1, 0.5], (0.5, 1], (1, 2), ≥ 2. */
  buckets: { label: string; count: number }[]
  /** Expected number of targets drawn twice or more (sum of each target's probability). */
  expectedAtCap: number
  /** Targets more likely than not to be drawn twice or more. */
  likelyAtCap: number
  /** Targets in the pools of two or more items (they could reach the cap). */
  inSeveralItems: number
}
