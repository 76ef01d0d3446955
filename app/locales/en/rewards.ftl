## Rewards

rewards-title = Rewards
rewards-description = The rewards members can spend their points on: discounts, early access and more.
rewards-your-points = Your points
rewards-yours = Your rewards
rewards-history = Points history
rewards-empty = No rewards on offer right now. Check back soon.
reward-unlimited = Unlimited
reward-out-of-stock = Out of stock
reward-left = { $count } left
reward-until = Until
reward-min-level = { $level } level and above
reward-group-only = Only for the group { $group }
reward-confirm-question = { $points ->
    [one] Spend { $points } point on { $reward }?
   *[other] Spend { $points } points on { $reward }?
}
reward-redeem = Redeem
reward-confirm = Confirm
reward-kind-discount = Discount code
reward-kind-physical = Physical item
reward-kind-early-access = Early access
reward-kind-experience = Experience
