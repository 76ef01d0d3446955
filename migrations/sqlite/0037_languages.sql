-- Languages (issue 19): the community's default language, for visitors whose browser asks for none Chorus
-- speaks, and each member's own choice (NULL: follow the browser, then the community's default).
ALTER TABLE site_settings ADD COLUMN default_language TEXT NOT NULL DEFAULT 'en' CHECK (default_language IN ('en', 'de', 'es', 'ar'));
ALTER TABLE users ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('en', 'de', 'es', 'ar'));
