using System.Text;
using Strand.Analysis.Findings;

namespace Strand.Fixes.Editing;

/// <summary>
/// Applies text edits to a file's original bytes. Edits are sorted by position (insertions at the
/// same point keep their given order); overlapping edits are rejected, never merged.
/// </summary>
public static class EditApplier
{
    public static byte[] Apply(byte[] original, IEnumerable<TextEdit> edits)
    {
        var sorted = Sort(edits);
        var output = new MemoryStream(original.Length + 256);
        var cursor = 0;
        foreach (var edit in sorted)
        {
            if (edit.StartOffset < 0 || edit.EndOffset > original.Length || edit.StartOffset > edit.EndOffset)
            {
                throw new EditConflictException($"edit {edit.Span} lies outside the file ({original.Length} bytes)");
            }
            output.Write(original, cursor, edit.StartOffset - cursor);
            var bytes = Encoding.UTF8.GetBytes(edit.NewText);
            output.Write(bytes, 0, bytes.Length);
            cursor = edit.EndOffset;
        }
        output.Write(original, cursor, original.Length - cursor);
        return output.ToArray();
    }

    /// <summary>True when no two edits overlap (touching is fine).</summary>
    public static bool AreDisjoint(IEnumerable<TextEdit> edits)
    {
        try
        {
            Sort(edits);
            return true;
        }
        catch (EditConflictException)
        {
            return false;
        }
    }

    /// <summary>
    /// Maps an offset of the original file to the edited file: positions after an edit shift by its
    /// size change, positions inside a replaced range map to the start of its replacement.
    /// </summary>
    public static int MapOffset(int offset, IEnumerable<TextEdit> edits)
    {
        var delta = 0;
        foreach (var edit in Sort(edits))
        {
            var size = Encoding.UTF8.GetByteCount(edit.NewText);
            if (offset >= edit.EndOffset)
            {
                delta += size - (edit.EndOffset - edit.StartOffset);
            }
            else if (offset > edit.StartOffset)
            {
                return edit.StartOffset + delta;
            }
        }
        return offset + delta;
    }

    private static List<TextEdit> Sort(IEnumerable<TextEdit> edits)
    {
        // OrderBy is stable: insertions at one point stay in the order the planner gave them.
        var sorted = edits.OrderBy(e => e.StartOffset).ThenBy(e => e.EndOffset).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            var previous = sorted[i - 1];
            var current = sorted[i];
            var overlaps = current.StartOffset < previous.EndOffset
                || (current.StartOffset == previous.StartOffset && previous.EndOffset > previous.StartOffset
                    && current.EndOffset > current.StartOffset);
            if (overlaps)
            {
                throw new EditConflictException($"edits overlap at {previous.Span} and {current.Span}");
            }
        }
        return sorted;
    }
}

/// <summary>Raised when edits overlap or fall outside their file.</summary>
public sealed class EditConflictException(string message) : Exception(message);
