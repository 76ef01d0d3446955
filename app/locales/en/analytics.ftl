## analytics
