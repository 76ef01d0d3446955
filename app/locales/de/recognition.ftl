## recognition
