## The welcome checklist (home page and /welcome)

welcome-title = Getting started
welcome-done-sentence = { $done } of { $total } done.
welcome-points-per-step = Each step earns { $points } points.
welcome-steps-done = Steps done
# Inside the progress bar, for browsers that do not draw it.
welcome-done-of = { $done } of { $total }
welcome-step-done = Done
welcome-step-to-do = To do
# Read by screen readers before each step's title: "Done: Complete your profile".
welcome-step-state = { $state }:{" "}
welcome-all-done = All done — welcome aboard!

## The steps

welcome-profile = Complete your profile
welcome-profile-how = Add a picture and a few words about you.
welcome-introduce = Introduce yourself
welcome-introduce-how = Start a topic: who you are and what you use the product for.
welcome-guidelines = Read the community guidelines
welcome-guidelines-how = How we talk to each other here.
welcome-reply = Write your first reply
welcome-reply-how = Answer a question or thank someone in a topic another member started.
