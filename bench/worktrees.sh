# Sourced by start-ab.sh and search-ab.sh: each commit compared is built in a git worktree of its own under $WORK.

# build_commit <a|b> <commit>: packages the commit in $WORK/<a|b>-src (its log in $WORK/<a|b>-build.log).
build_commit() {
	git worktree add -q --detach "$WORK/$1-src" "$2"
	(cd "$WORK/$1-src" && ./mvnw -B -ntp -q package -DskipTests -Dspring-javaformat.skip=true > "$WORK/$1-build.log" 2>&1) ||
		{ tail -30 "$WORK/$1-build.log" >&2; echo "building $2 failed" >&2; exit 1; }
}

remove_worktrees() {
	git worktree remove --force "$WORK/a-src" 2> /dev/null || true
	git worktree remove --force "$WORK/b-src" 2> /dev/null || true
}
