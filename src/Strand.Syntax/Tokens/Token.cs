namespace Strand.Syntax.Tokens;

/// <summary>Lexical tokens of Go, in the order and with the meaning of go/token.</summary>
public enum Token : byte
{
    Illegal,
    EOF,
    Comment,

    // Literals.
    Ident,
    Int,
    Float,
    Imag,
    Char,
    String,

    // Operators and delimiters.
    Add,        // +
    Sub,        // -
    Mul,        // *
    Quo,        // /
    Rem,        // %
    And,        // &
    Or,         // |
    Xor,        // ^
    Shl,        // <<
    Shr,        // >>
    AndNot,     // &^
    AddAssign,  // +=
    SubAssign,  // -=
    MulAssign,  // *=
    QuoAssign,  // /=
    RemAssign,  // %=
    AndAssign,  // &=
    OrAssign,   // |=
    XorAssign,  // ^=
    ShlAssign,  // <<=
    ShrAssign,  // >>=
    AndNotAssign, // &^=
    LAnd,       // &&
    LOr,        // ||
    Arrow,      // <-
    Inc,        // ++
    Dec,        // --
    Eql,        // ==
    Lss,        // <
    Gtr,        // >
    Assign,     // =
    Not,        // !
    Neq,        // !=
    Leq,        // <=
    Geq,        // >=
    Define,     // :=
    Ellipsis,   // ...
    LParen,     // (
    LBrack,     // [
    LBrace,     // {
    Comma,      // ,
    Period,     // .
    RParen,     // )
    RBrack,     // ]
    RBrace,     // }
    Semicolon,  // ;
    Colon,      // :
    Tilde,      // ~

    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}
