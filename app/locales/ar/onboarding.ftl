## onboarding
