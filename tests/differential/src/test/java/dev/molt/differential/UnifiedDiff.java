package dev.molt.differential;

import java.util.ArrayList;
import java.util.List;

/** A line-based unified diff (LCS), enough to show where a compiled program's output drifts. */
final class UnifiedDiff {
    private static final int CONTEXT = 3;
    private static final int MAX_LINES = 2000;

    private UnifiedDiff() {}

    static String diff(String expectedName, String expected, String actualName, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        if (a.size() > MAX_LINES || b.size() > MAX_LINES) {
            return "--- " + expectedName + "\n+++ " + actualName + "\n(outputs too long to diff: "
                    + a.size() + " vs " + b.size() + " lines)\n";
        }
        // ops: ' ' keep, '-' only in expected, '+' only in actual
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<char[]> ops = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(new char[] {' '});
                texts.add(a.get(i));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new char[] {'-'});
                texts.add(a.get(i++));
            } else {
                ops.add(new char[] {'+'});
                texts.add(b.get(j++));
            }
        }
        StringBuilder out = new StringBuilder("--- ").append(expectedName).append("\n+++ ").append(actualName).append('\n');
        int n = ops.size();
        int k = 0;
        while (k < n) {
            if (ops.get(k)[0] == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            // extend the hunk while changes are closer than two contexts apart
            while (end < n) {
                if (ops.get(end)[0] != ' ') {
                    end++;
                    continue;
                }
                int next = end;
                while (next < n && ops.get(next)[0] == ' ') {
                    next++;
                }
                if (next < n && next - end <= 2 * CONTEXT) {
                    end = next;
                } else {
                    end = Math.min(n, end + CONTEXT);
                    break;
                }
            }
            int aStart = 0;
            int bStart = 0;
            for (int x = 0; x < start; x++) {
                char op = ops.get(x)[0];
                aStart += op != '+' ? 1 : 0;
                bStart += op != '-' ? 1 : 0;
            }
            int aLen = 0;
            int bLen = 0;
            for (int x = start; x < end; x++) {
                char op = ops.get(x)[0];
                aLen += op != '+' ? 1 : 0;
                bLen += op != '-' ? 1 : 0;
            }
            out.append("@@ -").append(aStart + 1).append(',').append(aLen)
                    .append(" +").append(bStart + 1).append(',').append(bLen).append(" @@\n");
            for (int x = start; x < end; x++) {
                out.append(ops.get(x)[0]).append(texts.get(x)).append('\n');
            }
            k = end;
        }
        return out.toString();
    }

    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        } else if (!s.isEmpty()) {
            out.set(out.size() - 1, out.get(out.size() - 1) + "  (no newline at end)");
        }
        return out;
    }
}
