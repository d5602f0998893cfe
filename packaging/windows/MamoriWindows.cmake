# What a Windows executable of Mamori carries besides its code: the application manifest (UTF-8 as
# the process code page, long paths, Windows 10/11) and a version resource with the icon, made from
# the project's version so that the two never disagree.
#
#   mamori_windows_resources(TARGET mamori DESCRIPTION "Mamori cyber risk assessment")
#
# Does nothing outside Windows.
function(mamori_windows_resources)
    if(NOT WIN32)
        return()
    endif()
    cmake_parse_arguments(ARG "" "TARGET;DESCRIPTION" "" ${ARGN})
    set(manifest ${PROJECT_SOURCE_DIR}/packaging/windows/mamori.manifest)
    set(MAMORI_RC_TARGET ${ARG_TARGET})
    set(MAMORI_RC_FILE_NAME ${ARG_TARGET}.exe)
    set(MAMORI_RC_DESCRIPTION ${ARG_DESCRIPTION})
    set(MAMORI_RC_ICON ${PROJECT_SOURCE_DIR}/resources/icons/mamori.ico)
    if(MSVC)
        # The MSVC link step merges .manifest sources into the manifest it embeds (with its own
        # requestedExecutionLevel asInvoker): no admin rights asked for.
        target_sources(${ARG_TARGET} PRIVATE ${manifest})
        set(MAMORI_RC_MANIFEST "")
    else()
        # MinGW ignores .manifest sources; the resource compiler embeds it (1 = the process's own,
        # 24 = RT_MANIFEST).
        set(MAMORI_RC_MANIFEST "1 24 \"${manifest}\"")
    endif()
    set(rc ${CMAKE_CURRENT_BINARY_DIR}/${ARG_TARGET}_version.rc)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/version.rc.in ${rc} @ONLY)
    target_sources(${ARG_TARGET} PRIVATE ${rc})
endfunction()
