using System.Collections.Immutable;
using Strand.Analysis.Findings;
using Strand.Dumps.Sources;
using Strand.Dumps.Verdicts;

namespace Strand.Reports.Dumps;

/// <summary>How a static finding explains a live group.</summary>
public enum LinkKind
{
    /// <summary>The finding is at the line where the group blocks.</summary>
    SameLine,
    /// <summary>The finding's go statement is the one that created the group's goroutines.</summary>
    SameGoStatement,
    /// <summary>The finding is in the function where the group blocks.</summary>
    SameFunction,
}

public sealed record FindingLink(Finding Finding, LinkKind Kind);

/// <summary>
/// Links live groups to <c>strand check</c> findings: a finding at the blocking frame's file and
/// line, a finding whose goroutine was started by the group's <c>created by</c> go statement,
/// or a finding in the same function. Dump paths are absolute paths of the machine that ran
/// the program, finding paths are local: both are compared after mapping the dump path through
/// the source index (or, without one, by trailing path components).
/// </summary>
public sealed class FindingLinker
{
    private readonly IReadOnlyList<Finding> _findings;
    private readonly SourceIndex? _sources;

    public FindingLinker(IReadOnlyList<Finding> findings, SourceIndex? sources)
    {
        _findings = findings;
        _sources = sources;
    }

    public ImmutableArray<FindingLink> Links(GroupReport group)
    {
        var frame = group.Blocking;
        if (frame is null || !group.InUserCode)
        {
            return [];
        }
        var links = ImmutableArray.CreateBuilder<FindingLink>();
        (int Start, int End)? function = null;
        if (_sources?.Lines(frame.File) is { } lines)
        {
            function = FunctionRanges.Enclosing(lines, frame.Line);
        }
        var created = group.Stack.CreatedBy;
        foreach (var finding in _findings)
        {
            var span = finding.Span;
            if (SameFile(frame.File, span.File) && span.Line == frame.Line)
            {
                links.Add(new FindingLink(finding, LinkKind.SameLine));
            }
            else if (created is not null && finding.Goroutine is { } go && SameFile(created.File, go.File) && go.Line == created.Line)
            {
                links.Add(new FindingLink(finding, LinkKind.SameGoStatement));
            }
            else if (function is { } f && SameFile(frame.File, span.File) && span.Line >= f.Start && span.Line <= f.End)
            {
                links.Add(new FindingLink(finding, LinkKind.SameFunction));
            }
        }
        return [.. links.OrderBy(l => l.Kind).ThenBy(l => l.Finding.Span.File, StringComparer.Ordinal).ThenBy(l => l.Finding.Span.Line)
            .ThenBy(l => l.Finding.Span.Column).ThenBy(l => l.Finding.Check, StringComparer.Ordinal)];
    }

    private bool SameFile(string dumpPath, string findingPath)
    {
        if (_sources?.Resolve(dumpPath) is { } local)
        {
            return string.Equals(Path.GetFullPath(local), Path.GetFullPath(findingPath), StringComparison.Ordinal);
        }
        string a = dumpPath.Replace('\\', '/');
        string b = findingPath.Replace('\\', '/');
        string shorter = a.Length <= b.Length ? a : b;
        int components = shorter.Split('/', StringSplitOptions.RemoveEmptyEntries).Count(p => p != "." && p != "..");
        return SourceIndex.MatchingSuffix(a.Replace("./", "", StringComparison.Ordinal), b.Replace("./", "", StringComparison.Ordinal)) >= Math.Max(1, components);
    }
}
