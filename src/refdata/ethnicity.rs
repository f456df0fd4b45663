//! The 54 ethnic groups of Vietnam and their official codes.
