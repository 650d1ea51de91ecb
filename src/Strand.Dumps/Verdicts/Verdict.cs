namespace Strand.Dumps.Verdicts;

/// <summary>How strongly the evidence points at a leak; higher ranks first.</summary>
public enum Evidence
{
    None = 0,
    Weak = 1,
    ManyOrLong = 2,
    Grew = 3,
    GrewEveryInterval = 4,
    Forever = 5,
    Certain = 6,
}

/// <summary>Leak suspect or not, why (in plain words), and how strong the evidence is.</summary>
public sealed record Verdict(bool Suspect, Evidence Evidence, string Reason);
