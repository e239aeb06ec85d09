package hu.gyakorlattar.evaluation;

import java.io.Serializable;

import jakarta.validation.constraints.Size;

/**
 * A committee member's vote and its reason (required with a "no"); the motion checks the
 * choice itself, so a missing one gets the same message as from any other client.
 */
record VoteForm(Vote.Choice choice, @Size(max = 2000) String reason) implements Serializable {

}
