package dev.molt.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.ir.Builtin;
import dev.molt.ir.Builtins;
import dev.molt.ir.CType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every runtime call the IR can make exists in the runtime with the return type the code generator
 * assumes: a missing symbol fails the link of every program that uses it, and a different return
 * type (an int status where a value is expected) crashes at run time. Codegen emits no stand-ins.
 */
class RuntimeSymbolsTest {
    static final Path HEADERS = Path.of("../../runtime/include/molt");

    private static String cType(CType t) {
        switch (t) {
            case VALUE: return "MoltValue";
            case INT: return "int";
            case I64: return "int64_t";
            case BOOL: return "bool";
            case DOUBLE: return "double";
            default: return "void";
        }
    }

    @Test
    void everyBuiltinIsDeclaredByTheRuntimeWithItsReturnType() throws IOException {
        StringBuilder headers = new StringBuilder();
        try (Stream<Path> files = Files.list(HEADERS)) {
            for (Path h : files.filter(p -> p.toString().endsWith(".h")).sorted().toList()) headers.append(Files.readString(h));
        }
        List<String> wrong = new ArrayList<>();
        for (Builtin b : Builtins.all().values()) {
            Pattern decl = Pattern.compile("(^|[\\s*(])" + Pattern.quote(cType(b.ret())) + "\\s+" + Pattern.quote(b.symbol()) + "\\s*\\(",
                Pattern.MULTILINE);
            if (!decl.matcher(headers).find()) wrong.add(b.key() + " -> " + cType(b.ret()) + " " + b.symbol() + "(...)");
        }
        assertTrue(wrong.isEmpty(), "not declared in runtime/include/molt with that return type: " + wrong);
    }
}
