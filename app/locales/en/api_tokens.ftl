## api_tokens
