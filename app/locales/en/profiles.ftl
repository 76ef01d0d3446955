## profiles
