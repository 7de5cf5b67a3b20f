package dev.molt.ir;

import java.util.List;

/** A control transfer to a block, passing values for its parameters. */
public record Edge(int target, List<Reg> args) {
    public Edge { args = List.copyOf(args); }

    public static Edge to(int target) { return new Edge(target, List.of()); }
}
