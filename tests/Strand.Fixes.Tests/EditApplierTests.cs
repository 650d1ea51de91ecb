using Strand.Analysis.Findings;
using Strand.Fixes.Editing;

namespace Strand.Fixes.Tests;

public sealed class EditApplierTests
{
    private static TextEdit Edit(int start, int end, string text) => new(new SourceSpan("f.go", 1, start + 1, 1, end + 1), start, end, text);

    [Fact]
    public void AppliesEditsInPositionOrder()
    {
        var original = "abcdef"u8.ToArray();
        var output = EditApplier.Apply(original, [Edit(4, 5, "E"), Edit(0, 1, "A"), Edit(2, 2, "+")]);
        Assert.Equal("Ab+cdEf", System.Text.Encoding.UTF8.GetString(output));
    }

    [Fact]
    public void InsertionsAtOnePointKeepTheirOrder()
    {
        var output = EditApplier.Apply("xy"u8.ToArray(), [Edit(1, 1, "1"), Edit(1, 1, "2")]);
        Assert.Equal("x12y", System.Text.Encoding.UTF8.GetString(output));
    }

    [Fact]
    public void OverlappingEditsAreRejectedNotMerged()
    {
        Assert.Throws<EditConflictException>(() => EditApplier.Apply("abcdef"u8.ToArray(), [Edit(0, 3, "x"), Edit(2, 4, "y")]));
        Assert.False(EditApplier.AreDisjoint([Edit(1, 3, "x"), Edit(1, 2, "y")]));
        Assert.True(EditApplier.AreDisjoint([Edit(0, 2, "x"), Edit(2, 4, "y")]));
    }

    [Fact]
    public void EditsOutsideTheFileAreRejected() =>
        Assert.Throws<EditConflictException>(() => EditApplier.Apply("ab"u8.ToArray(), [Edit(1, 5, "x")]));

    [Fact]
    public void OffsetsMapThroughEdits()
    {
        TextEdit[] edits = [Edit(2, 2, "123"), Edit(5, 7, "")];
        Assert.Equal(1, EditApplier.MapOffset(1, edits));
        Assert.Equal(5, EditApplier.MapOffset(2, edits));
        Assert.Equal(8, EditApplier.MapOffset(6, edits)); // inside the deleted range: its (shifted) start
        Assert.Equal(9, EditApplier.MapOffset(8, edits));
    }
}
