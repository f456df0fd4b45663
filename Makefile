# The two commands of the README. Both install what is missing first.
.PHONY: demo test setup build

demo:   ## serve www/ on http://127.0.0.1:8080/
	scripts/demo.sh

test:   ## every test suite: Rust, Node, Chromium, counts, size budget
	scripts/test.sh

setup:
	scripts/setup.sh --browser

build:
	scripts/setup.sh
	scripts/build.sh
