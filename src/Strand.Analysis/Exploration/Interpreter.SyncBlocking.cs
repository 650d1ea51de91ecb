using Strand.Model.Ir;

namespace Strand.Analysis.Exploration;

/// <summary>
/// Whether a goroutine waits on a sync object the model follows. The explorer does not report
/// goroutines stuck while the main goroutine is stuck too (that usually means the model lost
/// track of something), unless main itself waits on such an object: then the whole cycle is real.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>g is paused at a Wait, Do, Cond.Wait or Lock on a followed object, or runs a Once others may wait for.</summary>
    internal bool BlockedOnSync(State s, Goroutine g)
    {
        if (OncesRunBy(s, g.Id).Any())
        {
            return true;
        }
        if (g.Top is not { Returning: false, Calling: false } f || f.Fn.Code[f.Pc] is not CallInstr { Callee: var callee } call)
        {
            return false;
        }
        if (callee is Callee.Std std && (!WaitGroupWaitEnabled(s, f, std) || OnceDoWaits(s, f, std) || CondAwaited(s, g) is not null))
        {
            return true;
        }
        return BlockedLock(s, g).Mutex is not null && !LockEnabled(s, g, f, call);
    }
}
