## The programme dashboard (/admin/dashboard): period

analytics-title = Programme dashboard
# Read by screen readers while the figures load.
analytics-loading = Counting…
# A preset period's tab: "30 days".
analytics-days = { $days } days
analytics-custom-period = Custom period (both days included)
analytics-from = From
analytics-to = To
analytics-show = Show
# After the period in bold: "1 Jan 2026 – 30 Jan 2026 (30 days), compared with 2 Dec 2025 – 31 Dec 2025".
analytics-compared = ({ $days } days), compared with { $previous }

## Figures

analytics-figures = Figures
analytics-figure = Figure
analytics-this-period = This period
analytics-previous-period = Previous period
analytics-change = Change
analytics-figures-csv = Download the figures (CSV)
analytics-group-members = Members
analytics-group-referrals = Referrals
analytics-group-stories = Stories and posts
analytics-group-points = Points and rewards
analytics-group-satisfaction = Satisfaction
analytics-active-members = Active members
analytics-members = Members
analytics-participation-rate = Participation rate
analytics-new-members = New members
analytics-referred = New members from referrals
analytics-referral-rate = Referral rate
analytics-referral-clicks = Referral link visits
analytics-visits-signed-up = Visits that signed up
analytics-qualified = Referrals qualified
analytics-rewarded = Referrals rewarded
analytics-customers = Referred friends who became customers
analytics-revenue = Revenue from referred customers
analytics-posts = Posts
analytics-stories-submitted = Stories submitted
analytics-stories-approved = Stories approved
analytics-stories-featured = Stories featured
analytics-points-issued = Points issued
analytics-points-redeemed = Points redeemed
analytics-redemptions = Redemptions
analytics-nps-answers = NPS answers
# The Change column when a figure stayed the same.
analytics-no-change = no change
# The Change column for a count that was 0 before: "+4 (new)".
analytics-new = new
# A rate's change in percentage points: "+2.5 pts".
analytics-points-change = { $change } pts

## Trends: line charts

analytics-trends = Trends
# A chart's title; $days is how many days each point covers.
analytics-chart-members = { $days ->
    [1] New and active members per day
   *[other] New and active members per { $days } days
}
analytics-chart-posts = { $days ->
    [1] Posts per day
   *[other] Posts per { $days } days
}
# A chart's description for screen readers: "New members, Active members from 1 Jan 2026 to 30 Jan 2026; the scale
# goes from 0 to 20."
analytics-chart-desc = { $lines } from { $first } to { $last }; the scale goes from 0 to { $top }.
# The disclosure under a chart that opens its data table.
analytics-chart-numbers = { $title }: the numbers
# The data table's first column: the day each point starts.
analytics-chart-from = From
analytics-trend-csv = Download the trend data (CSV)

## Redemptions by reward: bar chart

analytics-rewards-title = Redemptions by reward
analytics-rewards-none = No rewards were redeemed in this period.
analytics-rewards-desc = { $rewards } rewards; the longest bar is { $longest } redemptions on a scale to { $top }.
analytics-reward = Reward
analytics-points = Points
analytics-rewards-csv = Download redemptions by reward (CSV)

## Retention

analytics-retention = Retention
analytics-retention-note = Members who signed up in each month, and the share of them who posted, submitted a story or redeemed a reward in that month and in each month after it.
analytics-retention-caption = Retention by sign-up month (last { $months } months)
analytics-signed-up = Signed up
# The first month column: the sign-up month itself; the next ones are "+1", "+2"…
analytics-signup-month = Sign-up month
analytics-retention-csv = Download the retention table (CSV)

## Refusals of the period asked for

analytics-period-days = Choose 7, 30 or 90 days, or give a start and an end date.
analytics-period-from = Give the start date (from) as YYYY-MM-DD.
analytics-period-to = Give the end date (to) as YYYY-MM-DD.
analytics-period-reversed = The end date (to) is before the start date (from).
analytics-period-too-long = A period can be at most 5 years long: choose a later start or an earlier end.

## The dashboard's period tabs

analytics-period = Period
