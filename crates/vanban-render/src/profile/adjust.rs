//! How a profile file adjusts a profile: for every key, what the file may
//! give (its *patch*), how that is applied, and where it is in the file.
//!
//! The structs [`Profile`](super::Profile) and [`TextStyle`](super::TextStyle)
//! are written once, inside [`adjustable!`]; the macro makes each one's patch
//! type from the same list of fields (every field optional, with its place
//! in the file), so a key added to the profile is a key of the file at once.
//! What a field's patch is follows from its type ([`Adjust`]): a text style
//! is patched key by key (`heading1: {size: 15}` keeps it bold), a pair or
//! quadruple of numbers is given whole with each number's place kept, any
//! other value is replaced.

use super::{Numbering, Orientation, TextStyle};
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use std::borrow::Cow;
use std::fmt::Debug;
use vanban_core::loader::{Spanned, pos};
use vanban_core::text::nfc;
use vanban_core::{Message, Pos};

/// A value of a profile, as a profile file adjusts it.
pub trait Adjust {
    /// What the file gives for it.
    type Patch: Clone + Debug + DeserializeOwned + JsonSchema;

    /// Sets what `patch` gives.
    fn adjust(&mut self, patch: &Self::Patch);

    /// Where the part `path` of the patch is (`[2]`, `.size`); `None` for a
    /// value without parts.
    fn place(_patch: &Self::Patch, _path: &str) -> Option<Pos> {
        None
    }

    /// How many values the patch changes.
    fn count(_patch: &Self::Patch) -> usize {
        1
    }

    /// What is wrong with the patch's shape that reading it could not say
    /// with a place (a list of the wrong length), if anything.
    fn problem(_patch: &Self::Patch) -> Option<Message> {
        None
    }

    /// Calls `f` with every text style inside, named by its key.
    fn styles<'a>(&'a self, _key: &'static str, _f: &mut dyn FnMut(&'static str, &'a TextStyle)) {}
}

/// A key of a profile file: absent (the base's value is kept), or given,
/// with its place in the file.
#[derive(Clone, Debug)]
pub struct Set<P>(Option<Spanned<P>>);

impl<P> Default for Set<P> {
    fn default() -> Self {
        Set(None)
    }
}

impl<P> Set<P> {
    /// The value the file gives, if it gives one.
    pub fn get(&self) -> Option<&P> {
        self.0.as_ref().map(|s| &s.value)
    }

    /// Where the value is in the file.
    pub fn pos(&self) -> Option<Pos> {
        self.0.as_ref().and_then(pos)
    }

    /// Where the part `rest` of the value is ("" for the whole), found by
    /// `inner`; the whole value's place when the part has none.
    pub fn place(&self, rest: &str, inner: fn(&P, &str) -> Option<Pos>) -> Option<Pos> {
        let s = self.0.as_ref()?;
        if rest.is_empty() {
            return pos(s);
        }
        inner(&s.value, rest).or_else(|| pos(s))
    }
}

impl<'de, P: Deserialize<'de>> Deserialize<'de> for Set<P> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Spanned::<P>::deserialize(d).map(|s| Set(Some(s)))
    }
}

/// In the schema a key is the schema of its value: absent is not `null`.
impl<P: JsonSchema> JsonSchema for Set<P> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        P::schema_name()
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        g.subschema_for::<P>()
    }
}

/// One number of a list, with its place in the file.
#[derive(Clone, Debug)]
pub struct Pin<T>(pub Spanned<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Pin<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Spanned::<T>::deserialize(d).map(Pin)
    }
}

impl<T: JsonSchema> JsonSchema for Pin<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        g.subschema_for::<T>()
    }
}

/// Values replaced whole.
macro_rules! replaced {
    ($($ty:ty),* $(,)?) => {
        $(impl Adjust for $ty {
            type Patch = $ty;

            fn adjust(&mut self, patch: &Self::Patch) {
                *self = patch.clone();
            }
        })*
    };
}

replaced!(f32, u32, bool, Numbering, Orientation);

/// A text, in NFC like every text vanban reads.
impl Adjust for String {
    type Patch = String;

    fn adjust(&mut self, patch: &String) {
        *self = nfc(patch).into_owned();
    }
}

/// Lines of text, each in NFC.
impl Adjust for Vec<String> {
    type Patch = Vec<String>;

    fn adjust(&mut self, patch: &Vec<String>) {
        *self = patch.iter().map(|l| nfc(l).into_owned()).collect();
    }
}

/// An optional value (unset in both bases): the file sets it.
impl<T: Clone + Debug + DeserializeOwned + JsonSchema> Adjust for Option<T> {
    type Patch = T;

    fn adjust(&mut self, patch: &T) {
        *self = Some(patch.clone());
    }
}

/// A list of `N` numbers as a file gives it, each with its place, so that
/// a bad margin is marked itself. Its length is checked after reading
/// ([`Adjust::problem`]), where the list's place is known.
#[derive(Clone, Debug)]
pub struct Numbers<const N: usize>(pub Vec<Pin<f32>>);

impl<'de, const N: usize> Deserialize<'de> for Numbers<N> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::deserialize(d).map(Numbers)
    }
}

impl<const N: usize> JsonSchema for Numbers<N>
where
    [f32; N]: JsonSchema,
{
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("Numbers{N}").into()
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        <[f32; N] as JsonSchema>::json_schema(g)
    }
}

/// Lists of numbers of a fixed length (page size, margins): given whole.
impl<const N: usize> Adjust for [f32; N]
where
    [f32; N]: JsonSchema,
{
    type Patch = Numbers<N>;

    fn adjust(&mut self, patch: &Self::Patch) {
        for (slot, p) in self.iter_mut().zip(&patch.0) {
            *slot = p.0.value;
        }
    }

    fn place(patch: &Self::Patch, path: &str) -> Option<Pos> {
        let i: usize = path.strip_prefix('[')?.strip_suffix(']')?.parse().ok()?;
        patch.0.get(i).and_then(|p| pos(&p.0))
    }

    fn problem(patch: &Self::Patch) -> Option<Message> {
        (patch.0.len() != N).then(|| Message::WrongLength {
            expected: format!("an array of length {N}"),
            len: patch.0.len(),
        })
    }
}

impl Adjust for TextStyle {
    type Patch = super::TextStylePatch;

    fn adjust(&mut self, patch: &Self::Patch) {
        patch.apply(self);
    }

    fn place(patch: &Self::Patch, path: &str) -> Option<Pos> {
        patch.place(path.strip_prefix('.')?)
    }

    fn count(patch: &Self::Patch) -> usize {
        patch.count()
    }

    fn styles<'a>(&'a self, key: &'static str, f: &mut dyn FnMut(&'static str, &'a TextStyle)) {
        f(key, self);
    }
}

/// `"heading1.size"` → `("heading1", ".size")`; `"margins_mm[2]"` → `("margins_mm", "[2]")`.
pub(super) fn split(path: &str) -> (&str, &str) {
    let i = path.find(['.', '[']).unwrap_or(path.len());
    path.split_at(i)
}

/// Defines a struct of the profile and, from the same list of fields, its
/// patch: the same keys, each a [`Set`] of the field's
/// [`Adjust::Patch`], unknown keys refused; plus `extra` keys that only
/// the file has (`base`). The patch gets `KEYS`, `apply`, `place` and
/// `count`; the struct gets `each_style`.
macro_rules! adjustable {
    (
        $(#[$meta:meta])*
        pub struct $name:ident;
        $(#[$pmeta:meta])*
        pub struct $patch:ident {
            $( extra $(#[$emeta:meta])* $efield:ident : $ety:ty ; )*
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[$fmeta])* pub $field: $ty, )*
        }

        #[derive(Clone, Debug, Default, serde::Deserialize, schemars::JsonSchema)]
        #[serde(deny_unknown_fields)]
        $(#[$pmeta])*
        pub struct $patch {
            $( $(#[$emeta])* #[serde(default)] pub $efield: $ety, )*
            $(
                $(#[$fmeta])*
                #[serde(default)]
                pub $field: $crate::profile::adjust::Set<
                    <$ty as $crate::profile::adjust::Adjust>::Patch,
                >,
            )*
        }

        impl $patch {
            /// Every key a file may give, in order.
            pub const KEYS: &'static [&'static str] =
                &[$(stringify!($efield),)* $(stringify!($field)),*];

            /// Sets on `to` every value the file gives, at any depth.
            pub fn apply(&self, to: &mut $name) {
                $(
                    if let Some(v) = self.$field.get() {
                        $crate::profile::adjust::Adjust::adjust(&mut to.$field, v);
                    }
                )*
            }

            /// Where the value at `path` (`margins_mm[2]`, `heading1.size`,
            /// "line_height_pt") is in the file; `None` when the file does
            /// not give it.
            pub fn place(&self, path: &str) -> Option<vanban_core::Pos> {
                let (key, rest) = $crate::profile::adjust::split(path);
                match key {
                    $(
                        stringify!($field) => self.$field.place(
                            rest,
                            <$ty as $crate::profile::adjust::Adjust>::place,
                        ),
                    )*
                    _ => None,
                }
            }

            /// The problems of shape of the values the file gives (a list
            /// of the wrong length), each with its place.
            pub fn problems(&self) -> Vec<(Option<vanban_core::Pos>, vanban_core::Message)> {
                let mut out = Vec::new();
                $(
                    if let Some(m) = self.$field.get().and_then(<$ty as $crate::profile::adjust::Adjust>::problem) {
                        out.push((self.$field.pos(), m));
                    }
                )*
                out
            }

            /// How many values the file changes (a key of a text style
            /// counts as one).
            pub fn count(&self) -> usize {
                0 $(
                    + self.$field.get().map_or(0, <$ty as $crate::profile::adjust::Adjust>::count)
                )*
            }
        }

        impl $name {
            /// Calls `f` with every text style of this value, named by its key.
            pub fn each_style<'a>(&'a self, f: &mut dyn FnMut(&'static str, &'a TextStyle)) {
                $(
                    $crate::profile::adjust::Adjust::styles(&self.$field, stringify!($field), f);
                )*
            }
        }
    };
}

pub(super) use adjustable;
