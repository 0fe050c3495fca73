package io.govshare.request.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.govshare.common.identity.Caller;
import io.govshare.common.identity.Roles;
import io.govshare.request.domain.ActorPolicies;
import io.govshare.request.domain.Parties;
import io.govshare.request.domain.Party;
import io.govshare.request.domain.RejectionNode;
import io.govshare.request.domain.ShareRequestAction;
import io.govshare.request.domain.ShareRequestStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's state diagram and transition table are derived from the transition table and the actor policies;
 * this test rebuilds both and fails when the README says something else, so the two cannot drift apart. On failure
 * the message holds the block to paste.
 */
class ReadmeTest {

    static final Path README = Path.of("README.md");
    static final String BEGIN = "<!-- transitions:begin (generated from ShareRequestAction; ReadmeTest checks it) -->";
    static final String END = "<!-- transitions:end -->";
    static final List<String> DEPT_ROLES = List.of(Roles.DEPT_USER, Roles.DEPT_REVIEWER, Roles.DEPT_SIGNER);

    @Test
    void readme_showsTheTransitionTableOfTheCode() throws IOException {
        String readme = Files.readString(README);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README marker " + BEGIN).isNotNegative();
        assertThat(end).as("README marker " + END).isGreaterThan(begin);

        String documented = readme.substring(begin + BEGIN.length(), end).strip();

        assertThat(documented)
                .as("paste this between the markers:%n%s", generated())
                .isEqualTo(generated());
    }

    static String generated() {
        return diagram() + "\n\n" + table();
    }

    static String diagram() {
        List<String> lines = new ArrayList<>();
        lines.add("```mermaid");
        lines.add("stateDiagram-v2");
        for (ShareRequestAction action : ShareRequestAction.values()) {
            if (action.from().isEmpty()) {
                lines.add("    [*] --> " + action.to() + " : " + action);
            }
            for (ShareRequestStatus from : ShareRequestStatus.values()) {
                if (action.isAllowedFrom(from)) {
                    String label = action.effect() == ShareRequestAction.Effect.STARTS_NEW_REQUEST
                            ? action + " (new linked request)"
                            : action.toString();
                    lines.add("    " + from + " --> " + action.to() + " : " + label);
                }
            }
        }
        for (ShareRequestStatus status : ShareRequestStatus.values()) {
            boolean moves = false;
            for (ShareRequestAction action : ShareRequestAction.values()) {
                moves |= action.effect() == ShareRequestAction.Effect.MOVES_REQUEST && action.isAllowedFrom(status);
            }
            if (!moves) {
                lines.add("    " + status + " --> [*]");
            }
        }
        lines.add("```");
        return String.join("\n", lines);
    }

    static String table() {
        List<String> lines = new ArrayList<>();
        lines.add("| action | from | to | who may act (the platform admin too, except AUTO_APPROVE) |");
        lines.add("|---|---|---|---|");
        for (ShareRequestAction action : ShareRequestAction.values()) {
            if (action.from().isEmpty()) {
                lines.add(row(action, null));
            }
            for (ShareRequestStatus from : ShareRequestStatus.values()) {
                if (action.isAllowedFrom(from)) {
                    lines.add(row(action, from));
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String row(ShareRequestAction action, ShareRequestStatus from) {
        String to = action.to().toString();
        if (action == ShareRequestAction.REJECT) {
            to += " (at node " + RejectionNode.waitingIn(from).orElseThrow() + ")";
        }
        if (action.effect() == ShareRequestAction.Effect.STARTS_NEW_REQUEST && from != null) {
            to += ": a new request, linked by resubmissionOf; this one stays " + from;
        }
        return "| " + action + " | " + (from == null ? "(new)" : from.toString()) + " | " + to + " | "
                + who(action, from) + " |";
    }

    /** The party and the department roles the policies let act, found by asking them. */
    private static String who(ShareRequestAction action, ShareRequestStatus from) {
        if (action.party() == Party.SYSTEM) {
            return "the platform itself, at submission of an UNCONDITIONAL resource";
        }
        Parties parties = new Parties("applicant", "provider");
        String org = parties.orgOf(action.party());
        Set<String> roles = DEPT_ROLES.stream()
                .filter(role -> ActorPolicies.refusal(
                                new Caller("u", Optional.of(org), Set.of(role)), parties, action, from)
                        .isEmpty())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        return action.party().toString().toLowerCase() + "'s " + String.join(", ", roles);
    }
}
