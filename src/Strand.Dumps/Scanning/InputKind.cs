namespace Strand.Dumps.Scanning;

public enum InputKind
{
    Text,
    Gzip,
    Protobuf,
    Binary,
    Empty,
}

/// <summary>Tells the input form from its first bytes; the form is never asked of the user.</summary>
public static class InputSniffer
{
    public static InputKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return InputKind.Empty;
        }
        if (head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b)
        {
            return InputKind.Gzip;
        }
        // A clean first line of text means text: binary further down is reported at its line.
        int firstLine = head.IndexOf((byte)'\n');
        var first = firstLine < 0 ? head : head[..firstLine];
        if (first.Length >= 8 && !first.ContainsAnyInRange((byte)0, (byte)8) && !first.ContainsAnyInRange((byte)0x0e, (byte)0x1a))
        {
            return InputKind.Text;
        }
        int control = 0;
        foreach (byte b in head)
        {
            if (b == 0 || (b < 0x20 && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t' && b != 0x1b && b != 0x0c))
            {
                control++;
            }
        }
        if (control == 0)
        {
            return InputKind.Text;
        }
        // A pprof profile starts with field 1 (sample_type) or 2 (sample), length-delimited.
        if (head[0] == 0x0a || head[0] == 0x12)
        {
            return InputKind.Protobuf;
        }
        return control * 100 < head.Length ? InputKind.Text : InputKind.Binary;
    }
}
