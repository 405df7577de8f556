package it.sportello.keycloak.portal.tickets;

import java.util.Optional;

/** The state a supplier reports its machine in, on a ticket about that machine: the seed's fixed list. */
public enum MachineState {
    STOPPED,
    DEGRADED,
    RUNNING;

    /** The state with exactly this name; empty for anything else. */
    public static Optional<MachineState> parse(String value) {
        for (MachineState state : values()) {
            if (state.name().equals(value)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
