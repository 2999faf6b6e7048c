# Compiler settings every Leitstand target shares, as an interface library to link against.
add_library(leitstand_compile_options INTERFACE)
add_library(Leitstand::CompileOptions ALIAS leitstand_compile_options)

target_compile_options(leitstand_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual
    -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations
    $<$<BOOL:${LEITSTAND_WERROR}>:-Werror>)

# The KDE set of string safety macros: no implicit conversions between QString and char data,
# no Q_FOREACH, no connect() without a context object.
target_compile_definitions(leitstand_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060800)

if(LEITSTAND_SANITIZE)
    set(_leitstand_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    target_compile_options(leitstand_compile_options INTERFACE ${_leitstand_sanitizers})
    target_link_options(leitstand_compile_options INTERFACE ${_leitstand_sanitizers})
endif()
