"""Reference data shipped with the app: public code lists such as KLE."""
