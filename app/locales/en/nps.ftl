## NPS: the survey banner members answer

# The banner's name for screen readers.
nps-survey = Survey
# The question a new survey starts with; a survey that keeps it asks it in each member's language.
nps-default-question = How likely are you to recommend us to a friend or colleague?
nps-why-label = What is the main reason for your score? (optional)
nps-scale-low = 0 = not at all likely
nps-scale-high = 10 = extremely likely
nps-submit = Submit
nps-not-now = Not now
nps-thanks = Thank you for your answer!
nps-earned = You earned { $points } points.

## The admins' survey page

nps-admin-title = NPS surveys
nps-saved = Saved.
nps-loading-results = Loading results…
nps-surveys-empty = No surveys yet.
# A survey in the list: "Open · every 90 days · 12 answers, 3 put off".
nps-survey-summary = { $phase } · every { $days } days · { $answers } answers, { $dismissed } put off
nps-edit = Edit
nps-create = Create a survey
nps-phase-not-started = Not started
nps-phase-open = Open
nps-phase-closed = Closed

## A survey's form

nps-field-title = Title (for admins)
nps-field-question = Question (members answer it from 0 to 10)
nps-field-ask-why = Ask for the reason of the score (optional free text)
nps-field-period = Ask again after (days, { $min }–{ $max })
nps-field-first-day = First day (UTC)
nps-field-last-day = Last day (UTC, optional)
nps-field-group = Who is asked
nps-everyone = Every member
nps-field-group-hint = A survey for a group asks its members only.
nps-fixed-note = Members have answered, so the first day and the period stay as they are: answers are counted by period from the first day.
nps-create-survey = Create survey
nps-save = Save

## A survey's results

nps-results-title = Results: { $title }
nps-results-meta = “{ $question }” · { $phase }
nps-col-answers = Answers
nps-promoters-range = Promoters (9–10)
nps-passives-range = Passives (7–8)
nps-detractors-range = Detractors (0–6)
# How many answers of a group and their share: "12 (40%)".
nps-part = { $count } ({ $percent }%)
nps-put-off = Put off (“Not now”)
nps-score-note = The score is the share of promoters minus the share of detractors, from −100 to 100.
nps-export = Export answers as CSV
nps-per-score = Answers per score
nps-trend = Trend by month (UTC)
nps-comments = Comments
nps-tab-all = All
nps-promoters = Promoters
nps-passives = Passives
nps-detractors = Detractors
nps-comments-empty = No comments here.
# One member's group, in a table cell or beside a comment.
nps-promoter = promoter
nps-passive = passive
nps-detractor = detractor

## The charts

nps-dist-summary = Answers per score from 0 to 10: { $counts }.
nps-dist-bar = { $score }: { $count } answers
nps-dist-caption = { $count } answers. Detractors 0–6, passives 7–8, promoters 9–10.
nps-per-score-table = Answers per score as a table
nps-col-score = Score
nps-col-group = Group
nps-no-answers = No answers yet.
nps-trend-month-empty = { $month }: no answers
nps-trend-dot = { $month }: NPS { $score } from { $count } answers
nps-by-month = NPS by month
nps-trend-desc = Net Promoter Score per calendar month (UTC), −100 to 100: { $months }.
nps-by-month-table = NPS by month as a table
nps-col-month = Month

## Checking a survey and an answer

nps-title-missing = Give the survey a title.
nps-title-too-long = A title can be at most { $max } characters.
nps-question-missing = Write the question members answer.
nps-question-too-long = The question can be at most { $max } characters.
nps-period-invalid = Ask again after a whole number of days from { $min } to { $max }.
nps-first-day-missing = Give the first day.
nps-last-day-before-first = The last day must be on or after the first day.
nps-score-invalid = Choose a score from 0 to 10.
nps-comment-too-long = Your reason can be at most { $max } characters.

## Refusals

nps-choice-unknown = Answer the survey or choose “Not now”.
nps-not-started = This survey has not started yet.
nps-closed = This survey is closed; thank you all the same.
nps-already-answered = You already answered this survey this period
nps-schedule-fixed = Members have answered this survey, and their answers are counted by period from its first day: the first day and the period can no longer change. Close it and start a new survey instead.

## Labels given to shared widgets (tabs, queues, pickers)

nps-comments-by-group = Comments by group
