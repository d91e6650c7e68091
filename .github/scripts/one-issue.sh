# Sourced by the scheduled checks' issue scripts (link-issue.sh, calendar-issue.sh), not run: each check keeps ONE
# open issue, found by its title and label, in step with its latest run, so a weekly finding updates one thread
# instead of opening a new issue every week.
# one_issue TITLE LABEL COLOR DESCRIPTION BODY_FILE FOUND CLOSE_COMMENT QUIET_MESSAGE
#   FOUND=yes opens the issue (or updates its body); anything else closes it with CLOSE_COMMENT if it is open.
# Needs: gh, GH_TOKEN and GH_REPO; RUN_URL (optional) is linked from the closing comment.
one_issue() {
  local title=$1 label=$2 color=$3 description=$4 body=$5 found=$6 close_comment=$7 quiet=$8 number
  number=$(gh issue list --state open --label "$label" --limit 100 --json number,title \
    --jq "map(select(.title == \"$title\")) | first | .number // empty")
  if [ "$found" = yes ]; then
    gh label create "$label" --color "$color" --description "$description" --force
    if [ -n "$number" ]; then
      gh issue edit "$number" --body-file "$body"
      echo "updated issue #$number"
    else
      gh issue create --title "$title" --label "$label" --body-file "$body"
    fi
  elif [ -n "$number" ]; then
    gh issue close "$number" --comment "$close_comment${RUN_URL:+ Run: $RUN_URL}"
    echo "closed issue #$number"
  else
    echo "$quiet"
  fi
}
