package dev.molt.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page's pure modules (SSE parser, WASI shim, diagnostic layout) under Node's test runner. */
class WebUiUnitTest {
    @Test
    void nodeUnitTestsPass() throws Exception {
        BrowserTools.requireNode();
        BrowserTools.Run run = BrowserTools.run(BrowserTools.WEB_UI, 120, "node", "--test", "tests/unit");
        System.out.println(run.output());
        assertEquals(0, run.exit(), run.output());
        Matcher pass = Pattern.compile("(?m)^# pass (\\d+)$").matcher(run.output());
        assertTrue(pass.find() && Integer.parseInt(pass.group(1)) > 0, "no test ran:\n" + run.output());
        assertTrue(run.output().contains("\n# fail 0"), run.output());
    }
}
