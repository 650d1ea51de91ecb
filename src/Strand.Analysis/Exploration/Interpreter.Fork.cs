namespace Strand.Analysis.Exploration;

internal sealed partial class Interpreter
{
    /// <summary>Set by RunLocal before each step: whether the stepped state is dropped if the step forks.</summary>
    private bool _forkMayTakeState;

    /// <summary>
    /// A state for one outcome of a fork. The state a local step forks is owned by the local run and
    /// dropped after the fork, so the last outcome takes it over instead of copying it.
    /// </summary>
    private State Fork(State s, bool last) => last && _forkMayTakeState ? s : s.Clone();
}
