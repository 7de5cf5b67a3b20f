package dev.molt.ir;

/**
 * A frame slot: storage for one Python variable (or a cell holding it). OBJ slots are the function's
 * shadow-stack roots (decision 0011) and start as MOLT_ERR, which means "unbound".
 */
public record Slot(String name, IrType type, Kind kind) {
    public enum Kind {
        /** a parameter, filled by molt_function_bind before the entry block */
        PARAM,
        /** an ordinary local */
        LOCAL,
        /** holds the cell of a variable captured by an inner function */
        CELL,
        /** holds a closure cell of this function (a free variable) */
        FREE,
        /** a compiler temporary that must survive across statements (iterators, exception state) */
        TEMP
    }
}
