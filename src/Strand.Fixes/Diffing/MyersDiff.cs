namespace Strand.Fixes.Diffing;

internal enum DiffKind
{
    Equal,
    Delete,
    Insert,
}

/// <summary>One step of an edit script; AIndex/BIndex are the positions reached in each sequence.</summary>
internal readonly record struct DiffOp(DiffKind Kind, int AIndex, int BIndex);

/// <summary>Myers' O((N+M)D) shortest edit script over lines.</summary>
internal static class MyersDiff
{
    public static List<DiffOp> Compute(List<Line> a, List<Line> b)
    {
        // Trim the common prefix and suffix first: fixes touch few lines of long files.
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }
        var ops = new List<DiffOp>();
        for (var i = 0; i < prefix; i++)
        {
            ops.Add(new DiffOp(DiffKind.Equal, i, i));
        }
        ops.AddRange(Middle(a, b, prefix, a.Count - suffix, b.Count - suffix));
        for (var i = 0; i < suffix; i++)
        {
            ops.Add(new DiffOp(DiffKind.Equal, a.Count - suffix + i, b.Count - suffix + i));
        }
        return ops;
    }

    private static List<DiffOp> Middle(List<Line> a, List<Line> b, int start, int aEnd, int bEnd)
    {
        var n = aEnd - start;
        var m = bEnd - start;
        var max = n + m;
        var offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        var found = false;
        for (var d = 0; d <= max && !found; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                int x;
                if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                {
                    x = v[offset + k + 1];
                }
                else
                {
                    x = v[offset + k - 1] + 1;
                }
                var y = x - k;
                while (x < n && y < m && a[start + x] == b[start + y])
                {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = true;
                    break;
                }
            }
        }
        // Walk the trace backwards to recover the script.
        var ops = new List<DiffOp>();
        int cx = n, cy = m;
        for (var d = trace.Count - 1; d >= 0 && (cx > 0 || cy > 0); d--)
        {
            var vd = trace[d];
            var k = cx - cy;
            int prevK;
            if (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1]))
            {
                prevK = k + 1;
            }
            else
            {
                prevK = k - 1;
            }
            var prevX = d == 0 ? 0 : vd[offset + prevK];
            var prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                cx--;
                cy--;
                ops.Add(new DiffOp(DiffKind.Equal, start + cx, start + cy));
            }
            if (d > 0)
            {
                if (cx == prevX)
                {
                    cy--;
                    ops.Add(new DiffOp(DiffKind.Insert, start + cx, start + cy));
                }
                else
                {
                    cx--;
                    ops.Add(new DiffOp(DiffKind.Delete, start + cx, start + cy));
                }
            }
        }
        ops.Reverse();
        return ops;
    }
}
