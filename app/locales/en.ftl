# Chorus's interface in English: the source every other catalogue translates.
# Project Fluent syntax (https://projectfluent.org): { $name } is a placeholder, and a selector such as
# { $count -> [one] … *[other] … } picks a plural form by the language's rules.
# The catalogue check (app/src/i18n/catalogue_tests.rs) keeps this file and the code in step.

## Shared

loading = Loading…
switch-current = (current)
points-amount = { $points ->
    [one] { $points } point
   *[other] { $points } points
}

## The page frame: skip link, navigation, footer

shell-skip-link = Skip to content
nav-main = Main
nav-menu = Menu
nav-forum = Forum
nav-stories = Stories
nav-challenges = Challenges
nav-rewards = Rewards
nav-leaderboard = Leaderboard
nav-search = Search
nav-sign-in = Sign in
nav-join = Join
nav-groups = Groups
nav-my-stories = My stories
nav-my-points = My points
nav-invite = Invite friends
# Before the member's name, read by screen readers only: "Account of Ada Okafor".
nav-account-of = Account of
nav-notifications = Notifications
nav-unread = { $count } unread
nav-staff = Staff
staff-flags = Flag queue
staff-held = Approvals
staff-story-review = Story review
staff-challenge-review = Challenge review
staff-pictures = Pictures
staff-dashboard = Dashboard
staff-members = Members
staff-invitations = Invitations
staff-import = Import
staff-applications = Applications
staff-categories = Categories
staff-points = Points
staff-badges = Badges
staff-challenges = Challenges
staff-nps = NPS
staff-rewards = Rewards
staff-redemptions = Redemptions
staff-referrals = Referrals
staff-embed = Embed
staff-api = API
staff-webhooks = Webhooks
staff-sso = Sign-in
staff-settings = Settings
staff-audit = Audit log
footer-nav = Footer
footer-terms = Terms of service
footer-privacy = Privacy notice
footer-guidelines = Community guidelines
footer-accessibility = Accessibility
theme-legend = Theme
theme-system = Like my system
theme-light = Light
theme-dark = Dark
language-legend = Language
not-found-title = Page not found
not-found-text = There is nothing at this address. It may have moved, or the link may be mistyped.
not-found-home = Go to the home page

## Home page

home-description = { $community }: talk with peers, share your story, earn recognition and rewards.
home-greeting = Good to see you, { $name }.
home-your-account = Your account
home-join = Join the community
home-features = What you will find here
home-forums = Community forums
home-forums-text = Questions, answers and ideas from people who use the product every day.
home-stories = Customer stories
home-stories-text = Share how you succeed with the product; the best stories are featured.
home-points = Points, badges and rewards
home-points-text = Helping others earns points you can spend on discounts, early access and swag.

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
