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
