namespace Strand.Analysis.Exploration;

/// <summary>The fields of a <see cref="StructObj"/> by name, in ordinal order.</summary>
public sealed class FieldMap : SortedValueMap<string, OrdinalOrder>
{
    public FieldMap Clone() => CopyInto(new FieldMap());
}
