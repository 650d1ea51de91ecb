namespace Strand.Analysis.Exploration;

/// <summary>The variables of an <see cref="EnvObj"/> by variable id, in id order.</summary>
public sealed class VarMap : SortedValueMap<int, AscendingOrder>
{
    public VarMap Clone() => CopyInto(new VarMap());
}
