# teiconvConfig.cmake: find_package(teiconv) for programs that embed libteiconv:
# gives the imported target teiconv::teiconv (header, library, libxml2 usage).
include(CMakeFindDependencyMacro)
find_dependency(LibXml2)
include(${CMAKE_CURRENT_LIST_DIR}/teiconvTargets.cmake)
